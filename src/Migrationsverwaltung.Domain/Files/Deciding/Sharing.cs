namespace Migrationsverwaltung.Domain.Files.Deciding;

/// <summary>
/// Documents go to a partner organisation only with the applicant's recorded consent for that partner, only for the
/// consent's purpose and at most until the consent ends; withdrawing the consent revokes the partner's shares at once.
/// </summary>
internal static class Sharing
{
    public static IReadOnlyList<FileEvent> RecordConsent(RecordSharingConsent c, PersonFile s)
    {
        var partner = Partner(c.Partner);
        Rules.Require(!string.IsNullOrWhiteSpace(c.Purpose), "Der Zweck der Weitergabe fehlt.");
        Rules.Require(c.Until >= Rules.Today(c.Context), "Die Einwilligung muss mindestens bis heute gelten.");
        var purpose = c.Purpose.Trim();
        return s.Consents.TryGetValue(partner, out var existing) && existing.Purpose == purpose && existing.Until == c.Until
            ? Rules.Nothing
            : [new SharingConsentRecorded(s.Id, s.PersonId, c.Context.Now, c.Context.Actor.UserId, partner, purpose, c.Until)];
    }

    public static IReadOnlyList<FileEvent> WithdrawConsent(WithdrawSharingConsent c, PersonFile s)
    {
        var partner = Partner(c.Partner);
        if (!s.Consents.ContainsKey(partner))
        {
            return Rules.Nothing;
        }
        var (at, by) = (c.Context.Now, c.Context.Actor.UserId);
        return
        [
            new SharingConsentWithdrawn(s.Id, s.PersonId, at, by, partner),
            .. s.Shares.Values.Where(share => share.Partner == partner && !share.Revoked).Select(share => new ShareRevoked(s.Id, s.PersonId, at, by, share.Id)),
        ];
    }

    public static IReadOnlyList<FileEvent> Share(ShareDocuments c, PersonFile s)
    {
        var partner = Partner(c.Partner);
        var today = Rules.Today(c.Context);
        Rules.Require(s.Consents.TryGetValue(partner, out var consent) && consent.Until >= today,
            $"Für die Weitergabe an „{partner}“ liegt keine gültige Einwilligung der Person vor.");
        Rules.Require(c.DocumentIds.Count > 0, "Es ist kein Dokument zur Weitergabe ausgewählt.");
        foreach (var id in c.DocumentIds)
        {
            Rules.Require(!Rules.Document(s, id).IsErased, FileMessages.Erased);
        }
        Rules.Require(c.Until >= today, "Die Freigabe muss mindestens bis heute gelten.");
        Rules.Require(c.Until <= consent.Until, $"Die Freigabe darf nicht länger gelten als die Einwilligung (bis {consent.Until:dd.MM.yyyy}).");
        if (s.Shares.TryGetValue(c.ShareId, out var existing))
        {
            Rules.Require(existing.Partner == partner && existing.DocumentIds.SequenceEqual(c.DocumentIds.Distinct()) && existing.Until == c.Until,
                "Diese Freigabe-ID ist bereits für eine andere Freigabe vergeben.");
            return Rules.Nothing;
        }
        return [new DocumentsShared(s.Id, s.PersonId, c.Context.Now, c.Context.Actor.UserId, c.ShareId, partner, consent.Purpose, [.. c.DocumentIds.Distinct()], c.Until)];
    }

    public static IReadOnlyList<FileEvent> Revoke(RevokeShare c, PersonFile s)
    {
        Rules.Require(s.Shares.TryGetValue(c.ShareId, out var share), "Diese Freigabe gibt es in der Akte nicht.");
        return share.Revoked ? Rules.Nothing : [new ShareRevoked(s.Id, s.PersonId, c.Context.Now, c.Context.Actor.UserId, c.ShareId)];
    }

    private static string Partner(string? partner)
    {
        Rules.Require(!string.IsNullOrWhiteSpace(partner), "Die Partnerorganisation fehlt.");
        return partner.Trim();
    }
}
