package org.agendum.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.agendum.testing.SeedSite;
import org.junit.jupiter.api.Test;

/** Every HTML page of the built seed site passes the Nu Html Checker with zero errors. */
class HtmlConformanceTest {

    @Test
    void everyPageIsValidHtml() throws Exception {
        Path site = SeedSite.withPdfs();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            String out = validator.validate(page);
            for (String line : out.split("\n")) {
                if (line.contains("error:") || line.contains("fatal:")) {
                    errors.add(site.relativize(page) + ": " + line.replace(page.toString(), ""));
                }
            }
        }
        System.out.println("GATE html: " + pages.size() + " pages validated, " + errors.size() + " errors");
        assertThat(pages).isNotEmpty();
        assertThat(errors).isEmpty();
    }
}
