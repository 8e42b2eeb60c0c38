using FluentValidation;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Persistence;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>
/// MediatR 5.1.0 by hand (docs/adr/0004): the mediator, every handler and validator of this assembly, and the
/// behaviours in order: logging (outermost), authorization, validation, idempotency, access log, then the handler.
/// </summary>
public static class CommandPipelineSetup
{
    public static IServiceCollection AddCommandPipeline(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(IdempotencyBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AccessLog.AccessLogBehavior<,>));
        foreach (var type in typeof(CommandPipelineSetup).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(IsHandlerOrValidator))
            {
                services.AddTransient(contract, type);
            }
        }
        services.AddScoped<CurrentActor>();
        services.AddScoped<CommandExecutor>();
        services.AddSingleton<Cases.Intake.OfficePrefixes>();
        services.AddSingleton<IdempotencyStore>();
        services.AddHostedService<IdempotencyPurge>();
        services.AddHostedService<Samples.SampleDataSeeder>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    private static bool IsHandlerOrValidator(Type contract) =>
        contract.IsGenericType && contract.GetGenericTypeDefinition() is var definition
        && (definition == typeof(IRequestHandler<,>) || definition == typeof(IValidator<>));
}
