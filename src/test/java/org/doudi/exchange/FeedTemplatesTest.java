package org.doudi.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.exchange.Feeds.COUNTY;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Every feed has a template that imports as it is, in CSV and XLSX alike. */
@DoudiTest
class FeedTemplatesTest {

    @LocalServerPort
    int port;

    @Test
    void everyTemplateImportsItsExampleRowInCsvAndXlsxAlike() throws Exception {
        var types = Feeds.as(port, COUNTY).get("/api/v1/feeds/types");
        assertThat(types.json().size()).isEqualTo(FeedType.values().length);
        for (JsonNode type : types.json()) {
            String word = type.get("type").asString();
            var csv = Feeds.download(port, COUNTY, type.get("templateCsv").asString());
            assertThat(csv.statusCode()).isEqualTo(200);
            String text = new String(csv.body(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF身份证号码,姓名,");
            var xlsx = Feeds.download(port, COUNTY, type.get("templateXlsx").asString());
            assertThat(xlsx.statusCode()).isEqualTo(200);
            try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                List<Row> rows = wb.getFirstSheet().read();
                assertThat(rows.get(0).getCellText(0)).isEqualTo("身份证号码");
                assertThat(rows).hasSize(2);
            }

            var fromXlsx = Feeds.upload(port, "admin", word, null, word + "-template.xlsx", xlsx.body());
            var fromCsv = Feeds.upload(port, "admin", word, null, word + "-template.csv", csv.body());
            if (fromXlsx.status() == 409) {
                continue; // imported by an earlier run on this database
            }
            assertThat(fromXlsx.status()).as(word + " " + fromXlsx).isEqualTo(201);
            assertThat(fromXlsx.json().get("imported").asInt()).as(word).isEqualTo(1);
            assertThat(fromCsv.status()).as(word + " " + fromCsv).isEqualTo(201);
            assertThat(fromCsv.json().get("duplicates").asInt()).as(word + ": the same row").isEqualTo(1);
        }
    }
}
