package org.doudi.registry.internal.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.doudi.registry.internal.generator.SyntheticHousehold.Person;
import org.doudi.shared.pii.Masking;
import org.doudi.shared.pii.PiiProtector;

/**
 * The ID numbers and bank accounts of a chunk, encrypted, indexed and masked as the registry stores
 * them, in member order. Encryption is most of the cost of a row, so it is done on all cores.
 */
record SealedIdentifiers(List<Sealed> persons) {

    /** For one person: ID number and (or nulls) bank account. */
    record Sealed(String idNumberEnc, String idNumberHash, String idNumberMasked, String bankAccountEnc,
                  String bankAccountHash, String bankAccountMasked) {
    }

    static SealedIdentifiers of(List<SyntheticHousehold> households, PiiProtector pii) {
        List<Person> persons = new ArrayList<>();
        households.forEach(h -> persons.addAll(h.members()));
        Sealed[] sealed = new Sealed[persons.size()];
        IntStream.range(0, persons.size()).parallel().forEach(i -> {
            Person p = persons.get(i);
            String id = p.idNumber();
            String account = p.bankAccount() == null ? null : p.bankAccount().number();
            sealed[i] = new Sealed(pii.encrypt(id), pii.blindIndex(id), Masking.idNumber(id), pii.encrypt(account),
                    pii.blindIndex(account), Masking.bankAccount(account));
        });
        return new SealedIdentifiers(List.of(sealed));
    }
}
