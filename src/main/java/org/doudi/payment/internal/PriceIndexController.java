package org.doudi.payment.internal;

import java.util.List;

import org.doudi.payment.PriceIndex;
import org.doudi.payment.PriceIndexEntry;
import org.doudi.payment.PriceIndices;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Consumer price indices per city and month (DOMAIN.md §2.9): each month with whether it triggers the price
 * subsidy and the rise that counts. {@code PUT} records or corrects one month; {@code POST /import} takes a CSV
 * file (docs/payments/price-index.md).
 */
@RestController
@RequestMapping("/api/v1/price-indices")
class PriceIndexController {

    private final PriceIndices indices;

    PriceIndexController(PriceIndices indices) {
        this.indices = indices;
    }

    /** {@code city} defaults to the caller's city. */
    @GetMapping
    List<PriceIndex> list(@RequestParam(required = false) String city, @RequestParam(required = false) Integer year) {
        return indices.list(city, year);
    }

    @PutMapping
    PriceIndex record(@RequestBody PriceIndexEntry entry) {
        return indices.record(entry);
    }

    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    PriceIndices.Imported importCsv(@RequestBody byte[] content) {
        return indices.importCsv(content);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PriceIndices.Imported importUpload(@RequestPart("file") MultipartFile file) throws java.io.IOException {
        return indices.importCsv(file.getBytes());
    }
}
