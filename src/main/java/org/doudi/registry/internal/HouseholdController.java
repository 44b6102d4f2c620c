package org.doudi.registry.internal;

import java.net.URI;
import java.util.List;

import org.doudi.registry.HouseholdChange;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.HouseholdForm;
import org.doudi.registry.HouseholdSearch;
import org.doudi.registry.HouseholdSummary;
import org.doudi.registry.Households;
import org.doudi.registry.Member;
import org.doudi.registry.MemberChange;
import org.doudi.registry.MemberForm;
import org.doudi.registry.MemberRemoval;
import org.doudi.registry.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Households and their members over HTTP; every rule is in {@link Households}. */
@RestController
@RequestMapping("/api/v1/households")
class HouseholdController {

    private final Households households;

    HouseholdController(Households households) {
        this.households = households;
    }

    record RevealedIdNumber(long personId, String idNumber) {
    }

    @GetMapping
    Page<HouseholdSummary> search(@RequestParam(required = false) String region,
                                  @RequestParam(required = false) String name,
                                  @RequestParam(required = false) String idNumber,
                                  @RequestParam(required = false) String category,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size) {
        return households.search(new HouseholdSearch(region, name, idNumber, category), page, size);
    }

    @PostMapping
    ResponseEntity<HouseholdDetail> create(@RequestBody HouseholdForm form) {
        HouseholdDetail created = households.create(form);
        return ResponseEntity.created(URI.create("/api/v1/households/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    HouseholdDetail get(@PathVariable long id) {
        return households.get(id);
    }

    @PutMapping("/{id}")
    HouseholdDetail update(@PathVariable long id, @RequestBody HouseholdChange change) {
        return households.update(id, change);
    }

    @GetMapping("/{id}/members")
    List<Member> members(@PathVariable long id) {
        return households.members(id);
    }

    @PostMapping("/{id}/members")
    ResponseEntity<Member> addMember(@PathVariable long id, @RequestBody MemberForm form) {
        Member added = households.addMember(id, form);
        return ResponseEntity.created(URI.create("/api/v1/households/" + id + "/members/" + added.personId()))
                .body(added);
    }

    @GetMapping("/{id}/members/{personId}")
    Member member(@PathVariable long id, @PathVariable long personId) {
        return households.member(id, personId);
    }

    @PutMapping("/{id}/members/{personId}")
    Member updateMember(@PathVariable long id, @PathVariable long personId, @RequestBody MemberChange change) {
        return households.updateMember(id, personId, change);
    }

    /** Ends the membership (the person and the history stay): {@code ?reason=…&on=yyyy-MM-dd}. */
    @DeleteMapping("/{id}/members/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeMember(@PathVariable long id, @PathVariable long personId,
                      @RequestParam(required = false) String on, @RequestParam(required = false) String reason) {
        households.removeMember(id, personId, new MemberRemoval(on, reason));
    }

    /** The full ID number; audited, and never cached by the browser or a proxy. */
    @GetMapping("/{id}/members/{personId}/id-number")
    ResponseEntity<RevealedIdNumber> revealIdNumber(@PathVariable long id, @PathVariable long personId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new RevealedIdNumber(personId, households.revealIdNumber(id, personId)));
    }
}
