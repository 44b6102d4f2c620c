package org.doudi.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A {@link DoudiTest} that drives a real browser: headless Chromium through chromedriver (see
 * {@link Browser}). Skipped with a message when the browser is not installed, failed instead when
 * {@code DOUDI_TEST_BROWSER=required}. Tagged {@code browser}: it runs once, on H2.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DoudiTest
@Tag("browser")
@ExtendWith(BrowserAvailable.class)
public @interface BrowserTest {
}
