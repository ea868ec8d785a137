package org.agendum.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * FreeMarker, configured once per build: templates from the theme folder, HTML
 * auto-escaping on (every YAML value is text and is escaped), errors thrown, not printed.
 */
public final class TemplateEngine {

    private final Configuration config;
    private final Path themeDir;

    public TemplateEngine(Path themeDir) throws IOException {
        this.themeDir = themeDir;
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setDirectoryForTemplateLoading(themeDir.toFile());
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(true);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setLocale(Locale.UK);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setAPIBuiltinEnabled(false);
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        this.config = c;
    }

    public Path themeDir() {
        return themeDir;
    }

    /**
     * Renders {@code template} with {@code model}; {@code source} names the content the page
     * comes from, for the error message.
     */
    public byte[] render(String template, Map<String, Object> model, String source) throws TemplateProblem {
        try {
            Template t = config.getTemplate(template);
            StringWriter out = new StringWriter(16 * 1024);
            t.process(model, out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (ParseException e) {
            throw new TemplateProblem(e.getTemplateName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber(),
                    source, "template syntax: " + e.getEditorMessage(), e);
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() == null ? template
                    : e.getTemplateSourceName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
            String msg = e.getBlamedExpressionString() != null
                    ? "`" + e.getBlamedExpressionString() + "` failed: " + firstLine(e.getMessageWithoutStackTop())
                    : firstLine(e.getMessageWithoutStackTop());
            throw new TemplateProblem(where, source, msg, e);
        } catch (IOException e) {
            throw new TemplateProblem(template, source, "cannot read template: " + e.getMessage(), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "template error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
