package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.doudi.identity.NewUser;
import org.doudi.identity.Users;
import org.doudi.shared.security.Role;
import org.doudi.testing.DoudiTest;
import org.doudi.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in and out through the pages, the start page, and the language switch — over plain HTTP. */
@DoudiTest
class SignInPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheSignInPage() {
        var page = WebSession.anonymous(port).get("/households");
        assertThat(page.uri()).isEqualTo("/login");
        assertThat(page.body()).contains("<h1>登录</h1>", "name=\"_csrf\"", "for=\"username\"", "for=\"password\"");
    }

    @Test
    void aWrongPasswordShowsAnErrorSummaryAndTheMessageBesideTheField() {
        String name = "ui.wrong.password";
        users.createIfMissing(new NewUser(name, "Wrong", "Right-pass-2026", TestHouseholds.SHIQIAO,
                Set.of(Role.VILLAGE_COORDINATOR)));
        var page = WebSession.anonymous(port).trySignIn(name, "not-the-password");
        assertThat(page.uri()).isEqualTo("/login?error");
        assertThat(page.textOf("error-summary-title")).isEqualTo("出现了问题");
        assertThat(page.body()).contains("<a href=\"#username\">用户名或密码不正确</a>");
        assertThat(page.textOf("username-error")).isEqualTo("错误： 用户名或密码不正确");
        assertThat(page.body()).contains("aria-describedby=\"username-error\"");
    }

    @Test
    void aLockedAccountIsToldSoEvenWithTheRightPassword() {
        String name = "ui.locked.out";
        users.createIfMissing(new NewUser(name, "Locked", "Right-pass-2026", TestHouseholds.SHIQIAO,
                Set.of(Role.VILLAGE_COORDINATOR)));
        WebSession browser = WebSession.anonymous(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.trySignIn(name, "wrong-" + i).body()).contains("用户名或密码不正确");
        }
        var page = browser.trySignIn(name, "Right-pass-2026");
        assertThat(page.uri()).isEqualTo("/login?error");
        assertThat(page.body()).contains("账户已被暂时锁定").doesNotContain("用户名或密码不正确");
    }

    @Test
    void signingOutEndsTheSessionAndSaysSo() {
        WebSession session = WebSession.signIn(port, "qingshan.town.caseworker");
        var out = session.post("/logout");
        assertThat(out.uri()).isEqualTo("/login?logout");
        assertThat(out.body()).contains("您已退出登录");
        assertThat(session.get("/").uri()).isEqualTo("/login");
    }

    @Test
    void aSessionThatNoLongerExistsLeadsToSignInSayingItExpired() {
        var page = WebSession.anonymous(port).get("/households", "Cookie", "JSESSIONID=0123456789ABCDEF");
        assertThat(page.uri()).isEqualTo("/login?expired");
        assertThat(page.body()).contains("为保护数据已自动退出");
    }

    @Test
    void theStartPageShowsTheUsersNameRegionWithItsPathAndRolesInChinese() {
        var home = WebSession.signIn(port, "shiqiao.coordinator").get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("<html lang=\"zh-CN\">", "石桥村 协理员，您好");
        assertThat(home.textOf("region")).isEqualTo("石桥村 990121101201");
        assertThat(home.textOf("region-path")).isEqualTo("示范省 示范市 青山县 青山镇 石桥村");
        assertThat(home.textOf("roles")).isEqualTo("村级社会救助协理员");
        assertThat(home.body()).contains("href=\"/households\"", "action=\"/logout\"");
    }

    @Test
    void englishIsChosenWithALinkAndRememberedUntilChineseIsChosenAgain() {
        WebSession session = WebSession.signIn(port, "qingshan.county");
        var english = session.get("/?lang=en");
        assertThat(english.body()).contains("<html lang=\"en\">", "Hello, 青山县 民政局", "County civil-affairs officer",
                "href=\"?lang=zh-CN\"");
        assertThat(session.get("/households").body()).contains("<h1>Find a household</h1>");
        var chinese = session.get("/?lang=zh-CN");
        assertThat(chinese.body()).contains("<html lang=\"zh-CN\">", "县级民政", "href=\"?lang=en\"");
        assertThat(session.get("/").body()).contains("青山县 民政局，您好");
    }

    @Test
    void anUnknownLanguageFallsBackToChinese() {
        var page = WebSession.signIn(port, "qingshan.county").get("/?lang=fr");
        assertThat(page.body()).contains("<html lang=\"zh-CN\">", "青山县 民政局，您好");
    }
}
