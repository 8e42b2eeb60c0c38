using Migrationsverwaltung.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.UseLoopbackPortUnlessUrlsAreSet();
builder.AddSerilogLogging();
builder.Services.AddErrorResponses();
builder.Services.AddDatabase(builder.Configuration);

var app = builder.Build();
app.UseRequestLogging();
app.UseErrorResponses();
app.MapHealth();
app.Run();

/// <summary>Public for WebApplicationFactory in the API tests.</summary>
public partial class Program;
