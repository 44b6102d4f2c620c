package org.doudi.shared.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class PiiProtectorTest {

    static byte[] key(int fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return k;
    }

    final PiiProtector pii = new PiiProtector(key(1));

    @Test
    void anEncryptedIdNumberDecryptsToItselfButNeverLooksTheSameTwice() {
        String id = "99012119800101123X";
        String first = pii.encrypt(id);
        String second = pii.encrypt(id);
        assertThat(first).isNotEqualTo(second).doesNotContain("1980");
        assertThat(pii.decrypt(first)).isEqualTo(id);
        assertThat(pii.decrypt(second)).isEqualTo(id);
    }

    @Test
    void aTamperedCiphertextIsRefused() {
        byte[] sealed = Base64.getDecoder().decode(pii.encrypt("6222020200112233445"));
        sealed[sealed.length - 1] ^= 1;
        String tampered = Base64.getEncoder().encodeToString(sealed);
        assertThatThrownBy(() -> pii.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theBlindIndexFindsTheSameValueAndDependsOnTheKey() {
        assertThat(pii.blindIndex("99012119800101123X")).isEqualTo(pii.blindIndex("99012119800101123X"))
                .hasSize(64).isNotEqualTo(pii.blindIndex("990121198001011248"));
        assertThat(new PiiProtector(key(2)).blindIndex("99012119800101123X"))
                .isNotEqualTo(pii.blindIndex("99012119800101123X"));
    }

    @Test
    void threadsSharingOneProtectorEachGetTheirOwnRightAnswers() throws Exception {
        String expectedIndex = pii.blindIndex("99012119800101123X");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var results = pool.invokeAll(java.util.stream.IntStream.range(0, 8).mapToObj(t -> (java.util.concurrent.Callable<Boolean>) () -> {
                for (int i = 0; i < 500; i++) {
                    String value = "6222" + t + "000" + i;
                    if (!value.equals(pii.decrypt(pii.encrypt(value)))
                            || !expectedIndex.equals(pii.blindIndex("99012119800101123X"))) {
                        return false;
                    }
                }
                return true;
            }).toList());
            for (var r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aRefusedValueLeavesTheProtectorUsable() {
        String sealed = pii.encrypt("6222020200112233445");
        assertThatThrownBy(() -> new PiiProtector(key(2)).decrypt(sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pii.decrypt(sealed.substring(0, sealed.length() - 4) + "AAAA"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(pii.decrypt(sealed)).isEqualTo("6222020200112233445");
    }

    @Test
    void anotherKeyCannotDecrypt() {
        String sealed = pii.encrypt("99012119800101123X");
        assertThatThrownBy(() -> new PiiProtector(key(2)).decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theMasterKeyMustBe256Bits() {
        assertThatThrownBy(() -> new PiiProtector(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksKeepTheRegionOfIssueAndTheLastFourOnly() {
        assertThat(Masking.idNumber("990121198001011234")).isEqualTo("990121********1234");
        assertThat(Masking.bankAccount("6222020200112233445")).isEqualTo("***************3445");
        assertThat(Masking.idNumber(null)).isNull();
    }
}
