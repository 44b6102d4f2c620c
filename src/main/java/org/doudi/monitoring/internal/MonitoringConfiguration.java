package org.doudi.monitoring.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScreeningSettings.class)
class MonitoringConfiguration {
}
