using Migrationsverwaltung.Api.Audit.History;
using Migrationsverwaltung.Api.Documents;
using Migrationsverwaltung.Api.Documents.Scanning;
using Migrationsverwaltung.Api.Infrastructure;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Api.Status;
using Migrationsverwaltung.Api.Views;

var builder = WebApplication.CreateBuilder(args);
builder.UseLoopbackPortUnlessUrlsAreSet();
builder.AddSerilogLogging();
builder.AddHttpHardening();
builder.Services.AddErrorResponses();
builder.Services.AddDatabase(builder.Configuration);
builder.Services.AddEventSourcing(builder.Configuration);
builder.Services.AddCommandPipeline();
builder.Services.AddApiDocumentation();
builder.Services.AddStatusLookup();
builder.Services.AddAuth();
builder.Services.AddDocuments(builder.Configuration);
builder.Services.AddAudit();
builder.Services.AddVirusScanning(builder.Configuration);
builder.Services.AddViews();

var app = builder.Build();
app.UseCorrelationIds();
app.UseRequestLogging();
app.UseErrorResponses();
app.UseHttpHardening();
app.UseAuth();
app.UseEventMetadata();
app.MapGroup("").AllowAnonymous().MapHealth();
app.MapApiDocumentation();
app.MapAuth();
app.MapCommandEndpoints();
app.MapQueryEndpoints();
app.MapStatusLookup();
app.MapDocuments();
app.MapAudit();
app.MapViews();
app.Run();

/// <summary>Public for WebApplicationFactory in the API tests.</summary>
public partial class Program;
