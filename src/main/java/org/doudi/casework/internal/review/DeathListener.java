package org.doudi.casework.internal.review;

import org.doudi.registry.PersonDied;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Acts on a death recorded in the registry, in the same transaction (so the record and the stopped benefits
 * commit or fail together): see {@link ReviewService#personDied}.
 */
@Component
class DeathListener {

    private final ReviewService reviews;

    DeathListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @EventListener
    void on(PersonDied death) {
        reviews.personDied(death);
    }
}
