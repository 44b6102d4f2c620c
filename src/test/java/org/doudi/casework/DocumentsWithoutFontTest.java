package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.doudi.testing.DibaoCases;
import org.doudi.testing.DoudiTest;
import org.doudi.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A server without a usable font (here: configured to one that is not there) answers a document with 503
 * saying what to install, over the API and on the pages; what is not found is still 404 first.
 */
@DoudiTest
@TestPropertySource(properties = "doudi.documents.font=/nonexistent/doudi-test-font.ttf")
class DocumentsWithoutFontTest {

    @LocalServerPort
    int port;

    @Test
    void aDocumentIs503NamingTheFontToInstallAndNothingIsAudited() {
        DibaoCases cases = new DibaoCases(port);
        long id = cases.approved(cases.household(DibaoCases.SHIQIAO).id());
        var api = cases.as(DibaoCases.CASEWORKER).download("/api/v1/cases/" + id + "/decision-notice.pdf",
                "application/pdf, application/problem+json");
        assertThat(api.status()).as(api.toString()).isEqualTo(503);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.text()).contains("fonts-wqy-zenhei", "DOUDI_DOCUMENTS_FONT", "/nonexistent/doudi-test-font.ttf");
        assertThat(cases.as(DibaoCases.CASEWORKER).download("/api/v1/cases/" + id + "/refusal-notice.pdf",
                "application/pdf, application/problem+json").status()).as("no such document: 404 first").isEqualTo(404);

        var page = WebSession.signIn(port, DibaoCases.CASEWORKER).get("/cases/" + id + "/decision-notice.pdf");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("现在无法生成文书", "fonts-wqy-zenhei");

        var audit = cases.as("admin").get("/api/v1/audit?entityType=case&entityId=" + id + "&size=500");
        assertThat(audit.body()).as("no document was given out").doesNotContain("read.case");
    }
}
