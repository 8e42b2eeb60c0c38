using System.Globalization;
using System.Text.Json;
using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Appointments;
using Migrationsverwaltung.Domain.Common;
using Npgsql;

namespace Migrationsverwaltung.Api.Appointments.Locations;

/// <summary>POST /api/v1/appointment-locations (Administration): a place with its weekly opening hours (default: the usual office hours).</summary>
public static class CreateLocation
{
    public sealed record Period(DayOfWeek Day, string Opens, string Closes);

    public sealed record Command : IRequest<Created>
    {
        public required string Name { get; init; }

        public IReadOnlyList<Period>? OpeningHours { get; init; }
    }

    public sealed record Created(Guid LocationId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("Der Name des Standorts fehlt.").MaximumLength(200).WithMessage("Der Name ist zu lang (höchstens 200 Zeichen).");
            RuleFor(c => c.OpeningHours).Must(p => p is null || p.Count is > 0 and <= 50).WithMessage("Öffnungszeiten: 1 bis 50 Zeiträume.");
            RuleForEach(c => c.OpeningHours).Must(p => Enum.IsDefined(p.Day) && Time(p.Opens) is { } o && Time(p.Closes) is { } c && c > o)
                .WithMessage("Öffnungszeit: Wochentag und Uhrzeiten als HH:mm, das Ende nach dem Beginn.");
        }
    }

    public static TimeOnly? Time(string? text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    public sealed class Handler(NpgsqlDataSource database) : IRequestHandler<Command, Created>
    {
        public async Task<Created> Handle(Command command, CancellationToken cancellationToken)
        {
            var calendar = command.OpeningHours is null
                ? OpeningCalendar.Standard
                : OpeningCalendar.Of(command.OpeningHours.Select(p => new OpeningPeriod(p.Day, Time(p.Opens)!.Value, Time(p.Closes)!.Value)).ToArray());
            var id = Guid.NewGuid();
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var insert = Sql.Command(connection, $"INSERT INTO {AppSchema.Name}.appointment_locations (id, name, opening_hours) VALUES ($1, $2, $3::jsonb)",
                id, command.Name.Trim(), LocationCalendars.ToJson(calendar));
            await insert.ExecuteNonQueryAsync(cancellationToken);
            return new Created(id);
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/appointment-locations", async (HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(await AppointmentBody.ReadAsync<Command>(request, ct), ct);
                return Results.Created($"/api/v1/appointment-locations/{created.LocationId}", created);
            })
            .RequireRoles(Role.Administration)
            .Accepts<Command>("application/json")
            .WithTags("Termine").WithName("CreateAppointmentLocation").WithSummary("Legt einen Standort mit Öffnungszeiten an")
            .Produces<Created>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
}

/// <summary>A location's opening hours as stored (jsonb) and read back.</summary>
public static class LocationCalendars
{
    private sealed record Stored(DayOfWeek Day, string Opens, string Closes);

    public static string ToJson(OpeningCalendar calendar) =>
        JsonSerializer.Serialize(calendar.Weekly.Select(p => new Stored(p.Day, p.Opens.ToString("HH:mm", CultureInfo.InvariantCulture), p.Closes.ToString("HH:mm", CultureInfo.InvariantCulture))));

    public static OpeningCalendar FromJson(string json) =>
        OpeningCalendar.Of(JsonSerializer.Deserialize<List<Stored>>(json)!.Select(p => new OpeningPeriod(p.Day, CreateLocation.Time(p.Opens)!.Value, CreateLocation.Time(p.Closes)!.Value)).ToArray());

    public static async Task<OpeningCalendar> LoadAsync(NpgsqlConnection connection, Guid locationId, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, $"SELECT opening_hours::text FROM {AppSchema.Name}.appointment_locations WHERE id = $1", locationId);
        return await command.ExecuteScalarAsync(cancellationToken) is string json
            ? FromJson(json)
            : throw new AppointmentNotFoundException("Diesen Standort gibt es nicht.");
    }
}
