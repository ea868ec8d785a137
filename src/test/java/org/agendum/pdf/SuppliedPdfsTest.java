package org.agendum.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendum.model.Attachment;
import org.agendum.model.Diagnostic;
import org.agendum.model.Severity;
import org.agendum.model.SourcePosition;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a supplied PDF can be unusable is a diagnostic naming the file, never an exception. */
class SuppliedPdfsTest {

    @TempDir
    Path dir;

    private String problem(byte[] bytes, SuppliedPdfs.Limits limits) throws Exception {
        Path file = dir.resolve("07-appendix.pdf");
        Files.write(file, bytes);
        Attachment a = new Attachment("2018-03-08-x", "07-appendix.pdf", bytes.length, "application/pdf",
                new SourcePosition("content/meetings/2018/2018-03-08-x/07-appendix.pdf", 1, 1));
        SuppliedPdfs.Checked c = SuppliedPdfs.check(a, file, limits);
        assertThat(c).isInstanceOf(SuppliedPdfs.Checked.Unusable.class);
        Diagnostic d = ((SuppliedPdfs.Checked.Unusable) c).diagnostic();
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.format()).startsWith("content/meetings/2018/2018-03-08-x/07-appendix.pdf:1:1: error: supplied PDF `07-appendix.pdf` ");
        return d.message();
    }

    private String problem(byte[] bytes) throws Exception {
        return problem(bytes, SuppliedPdfs.Limits.DEFAULT);
    }

    @Test
    void corruptFile() throws Exception {
        assertThat(problem("%PDF-1.4\nthis is not really a PDF".getBytes())).contains("is not a readable PDF");
        assertThat(problem(new byte[0])).contains("is not a readable PDF");
    }

    @Test
    void passwordProtected() throws Exception {
        assertThat(problem(encrypted("secret"))).contains("is protected by a password");
    }

    @Test
    void encryptedWithPermissionsOnly() throws Exception {
        assertThat(problem(encrypted(""))).contains("is encrypted; save an unencrypted copy");
    }

    @Test
    void noPages() throws Exception {
        byte[] empty;
        try (PDDocument doc = new PDDocument()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            empty = out.toByteArray();
        }
        assertThat(problem(empty)).contains("has no pages");
    }

    @Test
    void tooBigOrTooLong() throws Exception {
        byte[] three = PdfFixture.suppliedPdf(3, "X");
        assertThat(problem(three, new SuppliedPdfs.Limits(100, 2000))).contains("compress it or split it");
        assertThat(problem(three, new SuppliedPdfs.Limits(1L << 30, 2))).contains("has 3 pages").contains("up to 2 pages");
    }

    @Test
    void goodFileIsUsable() throws Exception {
        byte[] two = PdfFixture.suppliedPdf(2, "X");
        Path file = dir.resolve("ok.pdf");
        Files.write(file, two);
        Attachment a = new Attachment("m", "ok.pdf", two.length, "application/pdf", SourcePosition.file("ok.pdf"));
        assertThat(SuppliedPdfs.check(a, file))
                .isInstanceOfSatisfying(SuppliedPdfs.Checked.Usable.class, u -> assertThat(u.pages()).isEqualTo(2));
    }

    private static byte[] encrypted(String userPassword) throws Exception {
        try (PDDocument doc = Loader.loadPDF(PdfFixture.suppliedPdf(1, "X"))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
