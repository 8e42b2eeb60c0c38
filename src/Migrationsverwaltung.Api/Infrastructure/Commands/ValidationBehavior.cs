using FluentValidation;
using MediatR;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>Runs every FluentValidation validator of the request; field-level failures become a 400 ProblemDetails.</summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken);
            failures.AddRange(result.Errors);
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
        return await next();
    }
}
