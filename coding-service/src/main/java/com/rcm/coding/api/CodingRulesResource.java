package com.rcm.coding.api;

import com.rcm.coding.rules.CodingRules;
import com.rcm.coding.rules.RuleImportResult;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import com.rcm.platform.tenant.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A practice's NCCI and MUE tables, imported from the CMS text/CSV exports; re-importing a file changes nothing. */
@Path("/v1/coding-rules")
@Tag(name = "Coding rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.TEXT_PLAIN, "text/csv", "text/tab-separated-values", MediaType.APPLICATION_OCTET_STREAM})
@RolesAllowed("practice-admin")
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "403",
        description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "429",
        description = ProblemResponses.TOO_MANY_REQUESTS,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CodingRulesResource {
    private final CodingRules rules;
    private final CurrentTenant tenant;

    public CodingRulesResource(CodingRules rules, CurrentTenant tenant) {
        this.rules = rules;
        this.tenant = tenant;
    }

    @POST
    @Path("/ncci-ptp")
    @Operation(
            summary = "Import an NCCI PTP table (column 1, column 2, effective and deletion dates, modifier indicator)",
            description = "Rows carry their own effective dates, so files of several quarters may be imported; a row "
                    + "already loaded unchanged is counted as unchanged.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "text/tab-separated-values",
                            examples =
                                    @ExampleObject(
                                            name = "PTP rows",
                                            value =
                                                    "20610\t99213\t\t20260101\t*\t1\tMisuse of column two code with column one code")))
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
    public RuleImportResult importNcciPtp(InputStream file) throws SQLException {
        return rules.importNcciPtp(tenant.require(), reader(file));
    }

    @POST
    @Path("/mue")
    @Operation(
            summary =
                    "Import an MUE table (code, MUE value, adjudication indicator, rationale) for the quarter it takes effect")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "text/csv",
                            examples =
                                    @ExampleObject(
                                            name = "MUE rows",
                                            value =
                                                    "\"36415\",\"2\",\"3 Date of Service Edit: Clinical\",\"Clinical: Data\"")))
    @APIResponse(responseCode = "200", description = "Rows read, inserted, updated, unchanged")
    @APIResponse(
            responseCode = "400",
            description = "No effectiveDate, or a row breaks the layout",
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
    public RuleImportResult importMue(
            @Parameter(example = "2026-10-01") @QueryParam("effectiveDate") LocalDate effectiveDate, InputStream file)
            throws SQLException {
        if (effectiveDate == null) {
            throw ApiProblemException.badRequest("effectiveDate", "the date the MUE table takes effect is required");
        }
        return rules.importMue(tenant.require(), effectiveDate, reader(file));
    }

    private static BufferedReader reader(InputStream file) {
        if (file == null) {
            throw ApiProblemException.badRequest("body", "the file is missing");
        }
        return new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8));
    }
}
