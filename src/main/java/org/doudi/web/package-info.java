/**
 * The caseworker UI: server-rendered pages (Thymeleaf) that htmx enhances where JavaScript runs.
 * It calls other modules' APIs and owns no business rule and no SQL; it offers no API of its own.
 * See docs/decisions/0009-server-rendered-ui.md and 0010-languages-and-error-pages.md.
 */
package org.doudi.web;
