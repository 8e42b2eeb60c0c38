namespace Migrationsverwaltung.Api.Appointments;

/// <summary>The slot is full, blocked or past, or the case already holds a booking of this service (409).</summary>
public sealed class AppointmentUnavailableException(string message) : Exception(message);

/// <summary>No such slot, location or booking, or the status token does not open it (404, one answer for all).</summary>
public sealed class AppointmentNotFoundException(string message) : Exception(message);
