using Migrationsverwaltung.Domain.Catalogue;

namespace Migrationsverwaltung.Domain.Files;

public enum RequirementState { Present, Missing, Expired }

/// <summary>One required paper of a case: present (and whether already linked to the case), missing, or expired.</summary>
public sealed record RequiredDocument(string DocumentCode, string GermanName, RequirementState State, Guid? DocumentId, bool LinkedToCase, DateOnly? ValidUntil);

/// <summary>
/// Completeness of a case from the title catalogue: each required document type is looked up in the person's whole
/// file (the Laufmappe: a passport collected for one case serves the next), preferring one linked to the case and
/// then the one valid longest. A document past its valid-until counts as expired, not present; an erased one (a
/// biometric photo after its retention) as missing.
/// </summary>
public static class Completeness
{
    public static IReadOnlyList<RequiredDocument> Of(IEnumerable<DocumentType> required, PersonFile file, Guid caseId, DateOnly today) =>
    [
        .. required.Select(type =>
        {
            var candidates = file.Documents.Values.Where(d => d.DocumentType == type.Code && !d.IsErased)
                .OrderByDescending(d => !d.IsExpiredOn(today))
                .ThenByDescending(d => d.Cases.Contains(caseId))
                .ThenByDescending(d => d.ValidUntil ?? DateOnly.MaxValue)
                .ThenByDescending(d => d.ReceivedOn)
                .ToList();
            if (candidates.FirstOrDefault() is not { } best)
            {
                return new RequiredDocument(type.Code, type.GermanName, RequirementState.Missing, null, false, null);
            }
            var state = best.IsExpiredOn(today) ? RequirementState.Expired : RequirementState.Present;
            return new RequiredDocument(type.Code, type.GermanName, state, best.Id, best.Cases.Contains(caseId), best.ValidUntil);
        }),
    ];

    /// <summary>What a request for missing documents (§ 82(1) AufenthV) names: the missing and the expired ones.</summary>
    public static IReadOnlyList<RequiredDocument> ToRequest(IReadOnlyList<RequiredDocument> completeness) =>
        [.. completeness.Where(r => r.State != RequirementState.Present)];
}
