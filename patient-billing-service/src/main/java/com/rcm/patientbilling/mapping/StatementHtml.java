package com.rcm.patientbilling.mapping;

import com.rcm.patientbilling.persistence.StatementEntity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Renders a statement as the HTML page a patient can read and print, from the one template
 * (templates/statement.html) that the PDF is laid out from too. Qute escapes every value: a
 * practice's data (names, addresses, codes) must never become markup.
 */
public final class StatementHtml {

    /** Checked at build time: a misspelt value in the template fails the build, not a patient's statement. */
    @CheckedTemplate(basePath = "")
    static final class Templates {
        static native TemplateInstance statement(StatementView statement);

        private Templates() {}
    }

    public static String render(StatementEntity statement, String accountNumber) {
        return Templates.statement(StatementView.of(statement, accountNumber)).render();
    }

    private StatementHtml() {}
}
