using System.Globalization;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Appointments;
using Migrationsverwaltung.Domain.Calendar;
using Npgsql;

namespace Migrationsverwaltung.Api.Appointments.Public;

/// <summary>
/// GET /api/v1/public/appointment-slots?service=…&amp;from=…&amp;to=… (anonymous, rate-limited): free slots of a service,
/// with Berlin wall-clock date and time. Says whether a slot is free, not how many seats are left.
/// </summary>
public static class GetFreeSlots
{
    public const int LongestRangeInDays = 31;

    public sealed record Query(AppointmentService Service, DateOnly From, DateOnly To) : IRequest<IReadOnlyList<FreeSlot>>;

    public sealed record FreeSlot(Guid SlotId, Guid LocationId, string Location, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateOnly LocalDate, string LocalTime);

    public sealed class Handler(NpgsqlDataSource database, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<FreeSlot>>
    {
        public async Task<IReadOnlyList<FreeSlot>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var command = Sql.Command(connection, $"""
                SELECT s.id, s.location_id, l.name, s.starts_at, s.ends_at FROM {AppSchema.Name}.appointment_slots s
                JOIN {AppSchema.Name}.appointment_locations l ON l.id = s.location_id
                WHERE s.service = $1 AND s.starts_at >= greatest($2, $4) AND s.starts_at < $3 AND NOT s.blocked AND s.booked < s.capacity
                ORDER BY s.starts_at, l.name LIMIT 500
                """, AppointmentServices.CodeOf(query.Service), BerlinTime.StartOf(query.From), BerlinTime.EndOf(query.To), clock.GetUtcNow());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var slots = new List<FreeSlot>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var start = reader.GetFieldValue<DateTimeOffset>(3);
                var local = TimeZoneInfo.ConvertTime(start, BerlinTime.Zone);
                slots.Add(new FreeSlot(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), start, reader.GetFieldValue<DateTimeOffset>(4),
                    DateOnly.FromDateTime(local.DateTime), local.ToString("HH:mm", CultureInfo.InvariantCulture)));
            }
            return slots;
        }
    }

    /// <summary>Query parameters are checked here, so that any bad value is a 400 with a German message.</summary>
    public static Query Parse(string? service, string? from, string? to)
    {
        var errors = new List<FluentValidation.Results.ValidationFailure>();
        var kind = AppointmentServices.FromCode(service);
        if (kind is null)
        {
            errors.Add(new("service", $"Terminart fehlt oder ist unbekannt ({string.Join(", ", AppointmentServices.All.Select(AppointmentServices.CodeOf))})."));
        }
        var start = Date(from, "from", errors);
        var end = Date(to, "to", errors);
        if (start is { } s && end is { } e && (e < s || e.DayNumber - s.DayNumber >= LongestRangeInDays))
        {
            errors.Add(new("to", $"Der Zeitraum muss 1 bis {LongestRangeInDays} Tage umfassen."));
        }
        return errors.Count > 0 ? throw new FluentValidation.ValidationException(errors) : new Query(kind!.Value, start!.Value, end!.Value);
    }

    private static DateOnly? Date(string? text, string name, List<FluentValidation.Results.ValidationFailure> errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add(new(name, "Datum fehlt oder ist ungültig (JJJJ-MM-TT)."));
        return null;
    }

    public static void Map(RouteGroupBuilder publicApi) =>
        publicApi.MapGet("/appointment-slots", async (string? service, string? from, string? to, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(Parse(service, from, to), ct)))
            .WithName("GetFreeAppointmentSlots").WithSummary("Freie Termine einer Terminart (öffentlich)")
            .Produces<IReadOnlyList<FreeSlot>>().ProducesValidationProblem();
}
