package org.agendum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.agendum.search.BadQueryException;
import org.agendum.search.SearchRequest;
import org.agendum.search.SearchResults;
import org.agendum.search.SearchService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code agendum search}: one hit per line on stdout as {@code url<TAB>title<TAB>snippet},
 * best first, and nothing else there, so it pipes into cut, grep and friends; the count
 * goes to stderr. No hits is not an error.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the built site's index; prints url<TAB>title<TAB>snippet per hit.")
final class SearchCommand implements Callable<Integer> {

    /** The CLI prints more than a page would show, but stays bounded. */
    static final int MAX_HITS = 50;

    @Option(names = "--site", paramLabel = "DIR", description = "the built site (default: site)")
    Path site = Path.of("site");

    @Option(names = "--committee", paramLabel = "SLUG", description = "only this committee, e.g. cype-cabinet-committee")
    String committee;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "only this type: report, appendix, notice, minutes, decision, plan, meeting, item, attachment, page")
    String type;

    @Option(names = "--from", paramLabel = "DATE", description = "from this date, YYYY-MM-DD")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "up to this date, YYYY-MM-DD")
    String to;

    @Parameters(paramLabel = "QUERY", arity = "1..*",
            description = "words (all must match), \"phrases\", -exclude, committee:/type:/year: filters, 18/00004")
    String[] query;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchRequest request = new SearchRequest(String.join(" ", query), committee, type, date("--from", from),
                date("--to", to), 1, MAX_HITS);
        try (SearchService search = new SearchService(site)) {
            SearchResults r = search.search(request);
            for (SearchResults.Hit h : r.hits()) {
                out.println(h.url() + "\t" + oneLine(h.title()) + "\t" + oneLine(PlainText.ofSnippet(h.snippet())));
            }
            out.flush();
            err.println("search: " + r.total() + (r.total() == 1 ? " hit" : " hits")
                    + (r.total() > r.hits().size() ? ", showing the first " + r.hits().size() : ""));
            return ExitCodes.OK;
        } catch (BadQueryException e) {
            err.println("search: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (NoSuchFileException e) {
            err.println("search: no search index in " + site + "; run agendum build first");
            return ExitCodes.CONTENT_ERRORS;
        } catch (IOException e) {
            err.println("search: cannot read the index in " + site + ": " + e.getMessage());
            return ExitCodes.CONTENT_ERRORS;
        }
    }

    private LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " must be a date as YYYY-MM-DD, found '" + value + "'");
        }
    }

    /** Tabs and newlines would break the line format. */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
