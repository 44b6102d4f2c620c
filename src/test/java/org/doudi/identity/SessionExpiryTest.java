package org.doudi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.Context;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

@DoudiTest
class SessionExpiryTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void aUiSessionEndsAfterThirtyIdleMinutes() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        Context app = (Context) tomcat.getHost().findChildren()[0];
        assertThat(app.getSessionTimeout()).as("minutes, as the running server applies it").isEqualTo(30);
    }
}
