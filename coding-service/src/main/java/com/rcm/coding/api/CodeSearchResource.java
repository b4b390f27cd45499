package com.rcm.coding.api;

import com.rcm.coding.codeset.CodeSetCatalog;
import com.rcm.coding.codeset.CodeSetVersion;
import com.rcm.coding.codeset.CodeSystem;
import com.rcm.coding.codeset.HcpcsCode;
import com.rcm.coding.codeset.Icd10Code;
import com.rcm.platform.api.ApiProblemException;
import com.rcm.platform.api.Problem;
import com.rcm.platform.api.ProblemResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Code lookups for coders, always against the version in force on the date of service. */
@Path("/v1/codes")
@Tag(name = "Code sets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"practice-admin", "biller", "coder", "ops"})
@APIResponse(responseCode = "401", description = ProblemResponses.UNAUTHORIZED)
@APIResponse(
        responseCode = "403",
        description = ProblemResponses.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "429",
        description = ProblemResponses.TOO_MANY_REQUESTS,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CodeSearchResource {
    private final CodeSetCatalog catalog;

    public CodeSearchResource(CodeSetCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("/icd10cm")
    @Operation(
            summary = "Search ICD-10-CM by code prefix or description words, best first",
            description = "q = E11 lists E11 and its children; q = diabetes without lists codes whose description "
                    + "holds both words (the last as a prefix). Billable codes rank before headers.")
    @APIResponse(responseCode = "200", description = "Matching codes, best first")
    @APIResponse(
            responseCode = "400",
            description = "No q, or a limit outside 1-100",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No ICD-10-CM code set in force on the date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SearchResult search(
            @Parameter(example = "diabetes without") @QueryParam("q") String q,
            @Parameter(description = "defaults to today", example = "2026-11-02") @QueryParam("dateOfService")
                    LocalDate dateOfService,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        if (q == null || q.isBlank()) {
            throw ApiProblemException.badRequest("q", "give a code prefix or words of the description");
        }
        if (limit < 1 || limit > 100) {
            throw ApiProblemException.badRequest("limit", "must be between 1 and 100");
        }
        LocalDate date = dateOfService == null ? LocalDate.now() : dateOfService;
        CodeSetVersion version = inForce(CodeSystem.ICD10CM, date);
        return new SearchResult(version.label(), date, catalog.icd10(version).search(q, limit));
    }

    @GET
    @Path("/hcpcs/{code}")
    @Operation(
            summary = "An HCPCS Level II code or modifier in the version in force, and whether it is valid on the date")
    @APIResponse(responseCode = "200", description = "The code and whether it is valid on the date")
    @APIResponse(
            responseCode = "404",
            description = "No such HCPCS code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HcpcsView hcpcs(@PathParam("code") String code, @QueryParam("dateOfService") LocalDate dateOfService) {
        LocalDate date = dateOfService == null ? LocalDate.now() : dateOfService;
        CodeSetVersion version = inForce(CodeSystem.HCPCS, date);
        String upper = code.toUpperCase();
        HcpcsCode found = catalog.hcpcs(version, upper, upper.length() == 2 ? 'M' : 'P')
                .orElseThrow(() -> ApiProblemException.notFound("HCPCS code", code));
        return new HcpcsView(version.label(), found, found.validOn(date));
    }

    private CodeSetVersion inForce(CodeSystem system, LocalDate date) {
        return catalog.inForce(system, date)
                .orElseThrow(() -> new ApiProblemException(
                        404, "No code set", "no " + system + " version in force on " + date + " is loaded"));
    }

    public record SearchResult(String version, LocalDate dateOfService, List<Icd10Code> results) {}

    public record HcpcsView(String version, HcpcsCode code, boolean validOnDateOfService) {}
}
