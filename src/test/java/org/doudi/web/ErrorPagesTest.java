package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.doudi.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a person sees when something is missing, forbidden or broken: a page of Doudi's, never a stack trace. */
@DoudiTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void aHouseholdOfAnotherCountyIsNotFoundForAVillageCoordinator() {
        long hekou = TestHouseholds.create(port, "admin", TestHouseholds.HEKOU_VILLAGE,
                TestHouseholds.uniqueName("河口"));
        var page = WebSession.signIn(port, "shiqiao.coordinator").get("/households/" + hekou);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<h1>找不到这个页面</h1>").doesNotContain("河口村");
        // the county that owns it sees it
        assertThat(WebSession.signIn(port, "hekou.county").get("/households/" + hekou).status()).isEqualTo(200);
    }

    @Test
    void aHouseholdThatDoesNotExistLooksExactlyLikeOneOutsideTheRegion() {
        long hekou = TestHouseholds.create(port, "admin", TestHouseholds.HEKOU_VILLAGE,
                TestHouseholds.uniqueName("河口"));
        WebSession session = WebSession.signIn(port, "shiqiao.coordinator");
        var outside = session.get("/households/" + hekou);
        var missing = session.get("/households/999999999");
        assertThat(missing.status()).isEqualTo(outside.status()).isEqualTo(404);
        assertThat(missing.textOf("main")).isEqualTo(outside.textOf("main"));
    }

    @Test
    void anAddressThatIsNotAHouseholdNumberIsNotFound() {
        var page = WebSession.signIn(port, "shiqiao.coordinator").get("/households/abc");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>找不到这个页面</h1>");
    }

    @Test
    void anUnknownPageIsDoudisOwnNotFoundPageNotSpringsWhiteLabel() {
        var page = WebSession.signIn(port, "shiqiao.coordinator").get("/no-such-page");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>找不到这个页面</h1>", "href=\"/\"")
                .doesNotContain("Whitelabel", "\"status\"");
    }

    @Test
    void anUnknownApiAddressStillAnswersProblemJson() {
        var r = Api.as(port, "admin").get("/api/v1/no-such-thing");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aReadOnlyRoleIsRefusedWithAForbiddenPage() {
        WebSession supervisor = WebSession.signIn(port, "city.supervisor");
        assertThat(supervisor.get("/").body()).doesNotContain("href=\"/households/new\"");
        var form = supervisor.get("/households/new");
        assertThat(form.status()).isEqualTo(403);
        var page = supervisor.post("/households/new", "village", TestHouseholds.SHIQIAO, "address", "石桥村",
                "residence", "RURAL", "headName", TestHouseholds.uniqueName("监督"),
                "headIdNumber", TestHouseholds.freshIdNumber());
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("<h1>您没有权限进行这项操作</h1>");
    }

    @Test
    void aFailureShowsAnIncidentNumberAndNothingOfTheCause() {
        var page = WebSession.signIn(port, "shiqiao.coordinator").get("/test-only/broken");
        assertThat(page.status()).isEqualTo(500);
        assertThat(page.body()).contains("<h1>抱歉，系统出现了问题</h1>", "事件编号")
                .doesNotContain("hunter2", "IllegalStateException", "at org.");
        assertThat(page.textOf("incident")).matches("[0-9a-f]{8}");
    }

    @Test
    void aFormPostedWithAForgedCsrfTokenIsRefusedWithAForbiddenPage() {
        WebSession session = WebSession.signIn(port, "shiqiao.coordinator");
        session.get("/households/new");
        // the forged token comes first, so it is the one the server reads
        var page = session.post("/households/new", "_csrf", "forged", "address", "x");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("<h1>您没有权限进行这项操作</h1>").doesNotContain("Whitelabel");
    }

    @Test
    void aFormPostedAfterSigningOutLeadsToTheSignInPage() {
        WebSession session = WebSession.signIn(port, "shiqiao.coordinator");
        session.get("/households/new");
        WebSession.Page out = session.post("/logout");
        assertThat(out.uri()).isEqualTo("/login?logout");
        var page = session.post("/households/new", "address", "x");
        assertThat(page.path()).isEqualTo("/login");
        assertThat(page.body()).doesNotContain("Whitelabel", "Exception");
    }
}
