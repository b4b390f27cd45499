package com.rcm.coding.api;

import com.rcm.coding.codeset.CodeSetCatalog;
import com.rcm.coding.codeset.CodeSetImportStatus;
import com.rcm.coding.codeset.CodeSetImporter;
import com.rcm.coding.codeset.CodeSetVersion;
import com.rcm.coding.codeset.CodeSystem;
import com.rcm.coding.codeset.persistence.CodeSetImportRepository;
import com.rcm.coding.config.CodingConfig;
import com.rcm.coding.rules.CodingRules;
import com.rcm.coding.rules.RuleImportResult;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports of the shared code sets by operations, from the official CMS files as published. A code-set
 * import runs in the background: 202 with the import's address, where its progress shows.
 */
@Path("/v1/code-sets")
@Tag(name = "Code sets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ops")
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "403",
        description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CodeSetResource {
    private final CodeSetImporter importer;
    private final CodeSetImportRepository imports;
    private final CodeSetCatalog catalog;
    private final CodingRules rules;
    private final CodingConfig config;
    private final SecurityIdentity identity;

    public CodeSetResource(
            CodeSetImporter importer,
            CodeSetImportRepository imports,
            CodeSetCatalog catalog,
            CodingRules rules,
            CodingConfig config,
            SecurityIdentity identity) {
        this.importer = importer;
        this.imports = imports;
        this.catalog = catalog;
        this.rules = rules;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"ops", "practice-admin", "coder", "biller"})
    @Operation(summary = "The loaded code-set versions and the dates they take effect")
    @APIResponse(responseCode = "200", description = "Loaded versions and the dates they take effect")
    @APIResponse(
            responseCode = "429",
            description = ProblemResponses.TOO_MANY_REQUESTS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<CodeSetVersion> versions() {
        catalog.refresh();
        return catalog.versions();
    }

    @POST
    @Path("/icd10cm")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Import the CMS ICD-10-CM order file (icd10cm_order_YYYY.txt) for a fiscal year",
            description = "FY2027 takes effect on 2026-10-01. The same version with the same file again changes "
                    + "nothing (UNCHANGED); other content under a loaded version is refused.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.TEXT_PLAIN,
                            examples =
                                    @ExampleObject(
                                            name = "order file",
                                            value =
                                                    "00001 E11     0 Type 2 diabetes mellitus                                     Type 2 diabetes mellitus\n"
                                                            + "00003 E119    1 Type 2 diabetes mellitus without complications               Type 2 diabetes mellitus "
                                                            + "without complications")))
    @APIResponse(
            responseCode = "202",
            description = "The import, started; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CodeSetImportView.class)))
    @APIResponse(
            responseCode = "400",
            description = "No fiscalYear, or not a fiscal year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "Over the coding service's upload limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importIcd10cm(
            @Parameter(example = "2027") @QueryParam("fiscalYear") String fiscalYear, InputStream file) {
        return start(CodeSystem.ICD10CM, "fiscalYear", fiscalYear, file);
    }

    @POST
    @Path("/hcpcs")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Import the CMS HCPCS Level II file (HCPC<year>_<month>_ANWEB*.txt) for a quarter",
            description = "2026Q4 takes effect on 2026-10-01. Procedures and modifiers both load from it.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.TEXT_PLAIN,
                            examples =
                                    @ExampleObject(
                                            name = "record file",
                                            description =
                                                    "320-character records: code in 1-5, record id in 11 (3 procedure, 7 modifier), long "
                                                            + "description 12-91, short 92-119, added 269-276, action effective 277-284, terminated 285-292",
                                            value = "G000800100 3Administration of influenza virus vaccine ...")))
    @APIResponse(
            responseCode = "202",
            description = "The import, started; Location names it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CodeSetImportView.class)))
    @APIResponse(
            responseCode = "400",
            description = "No quarter, or not like 2026Q4",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "Over the coding service's upload limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importHcpcs(
            @Parameter(example = "2026Q4") @QueryParam("quarter") String quarter, InputStream file) {
        return start(CodeSystem.HCPCS, "quarter", quarter, file);
    }

    @GET
    @Path("/imports/{id}")
    @Operation(summary = "An import's progress (lines read of the total) and outcome")
    @APIResponse(responseCode = "200", description = "The import's progress and outcome")
    @APIResponse(
            responseCode = "404",
            description = "No such import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CodeSetImportView importStatus(@PathParam("id") String id) {
        return imports.find(id)
                .map(CodeSetImportView::of)
                .orElseThrow(() -> ApiProblemException.notFound("code-set import", id));
    }

    @POST
    @Path("/age-sex")
    @Consumes({MediaType.TEXT_PLAIN, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Replace the age and sex conflict table",
            description = "CSV with header codePrefix,sex,minAge,maxAge,note; one row per ICD-10-CM code prefix.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "text/csv",
                            examples =
                                    @ExampleObject(
                                            name = "table",
                                            value =
                                                    "codePrefix,sex,minAge,maxAge,note\nO,F,12,55,maternity\nN40,M,,,prostate")))
    @APIResponse(responseCode = "200", description = "Rows read, inserted, updated, unchanged")
    @APIResponse(
            responseCode = "400",
            description = "A row breaks the layout; its line is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "Over the coding service's upload limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = ProblemResponses.UNSUPPORTED_MEDIA_TYPE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "No readable row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RuleImportResult importAgeSex(InputStream file) throws SQLException {
        return rules.importAgeSex(new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8)));
    }

    private Response start(CodeSystem system, String parameter, String period, InputStream body) {
        String label = system.label(period);
        LocalDate effectiveFrom;
        try {
            effectiveFrom = system.effectiveFrom(label);
        } catch (IllegalArgumentException e) {
            throw ApiProblemException.badRequest(parameter, e.getMessage());
        }
        java.nio.file.Path file = Uploads.toTempFile(body, config.codeSets().maxFileBytes());
        String id = importer.start(
                system, label, effectiveFrom, file, identity.getPrincipal().getName());
        return Response.accepted(imports.find(id).map(CodeSetImportView::of).orElseThrow())
                .location(URI.create("/v1/code-sets/imports/" + id))
                .build();
    }

    public record CodeSetImportView(
            String id,
            String codeSystem,
            String version,
            String status,
            int linesRead,
            Integer linesTotal,
            Integer percent,
            int codesLoaded,
            String message,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt) {

        static CodeSetImportView of(CodeSetImportStatus s) {
            return new CodeSetImportView(
                    s.id(),
                    s.codeSystem(),
                    s.label(),
                    s.status(),
                    s.linesRead(),
                    s.linesTotal(),
                    s.percent(),
                    s.codesLoaded(),
                    s.message(),
                    s.startedAt(),
                    s.finishedAt());
        }
    }
}
