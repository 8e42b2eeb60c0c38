namespace Migrationsverwaltung.Api.Documents.Uploads;

/// <summary>A multipart upload that is not shaped as documented (metadata part first, then one content part): 400, or 415 for a wrong content type.</summary>
public sealed class UploadFormatException(string message, int status = StatusCodes.Status400BadRequest) : Exception(message)
{
    public int Status { get; } = status;
}
