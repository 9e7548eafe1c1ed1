package org.banach.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.banach.api.Certificate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bnd writes a DS descriptor per verifier from @Component (process-classes, before the tests). */
class VerifierComponentsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GradientNormVerifier," + Certificate.GRADIENT_NORM,
        "RelativeResidualVerifier," + Certificate.RELATIVE_RESIDUAL,
        "SequenceResidualVerifier," + Certificate.RELATIVE_RESIDUAL,
        "MarginalErrorVerifier," + Certificate.MARGINAL_ERROR,
        "KktResidualVerifier," + Certificate.KKT_RESIDUAL})
    void isRegisteredAsAVerifierService(String simpleName, String criterion) throws IOException {
        String cls = "org.banach.runtime.verify." + simpleName;
        String xml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/" + cls + ".xml")) {
            assertNotNull(in, "the DS component descriptor of " + simpleName + " exists");
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(xml.contains("implementation class=\"" + cls + "\""), xml);
        assertTrue(xml.contains("provide interface=\"org.banach.api.CertificateVerifier\""), xml);
        assertTrue(xml.matches("(?s).*property name=\"banach.verifier.criterion\"( type=\"String\")? value=\""
                + criterion + "\".*"), xml);
    }
}
