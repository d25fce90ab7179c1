namespace Sirius.BuildingBlocks;

public enum ErrorKind
{
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
}

/// <summary>A business error: a stable code, a French message for the user, and the field it concerns if any.</summary>
public sealed record Error(string Code, string Message, ErrorKind Kind = ErrorKind.Invalid, string? Field = null)
{
    public static Error NotFound(string code, string message) => new(code, message, ErrorKind.NotFound);

    public static Error Conflict(string code, string message, string? field = null) => new(code, message, ErrorKind.Conflict, field);

    public static Error Forbidden(string code, string message) => new(code, message, ErrorKind.Forbidden);
}

public class Result
{
    protected Result(Error? error) => Error = error;

    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    public static Result Success() => new(null);

    public static Result Failure(Error error) => new(error);

    public static implicit operator Result(Error error) => Failure(error);

    public override string ToString() => IsSuccess ? "success" : $"failure {Error!.Code}";
}

public sealed class Result<T> : Result
{
    private readonly T? _value;

    private Result(T? value, Error? error)
        : base(error) => _value = value;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error!.Code}");

    public static Result<T> Success(T value) => new(value, null);

    public static new Result<T> Failure(Error error) => new(default, error);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);

    public override string ToString() => IsSuccess ? $"success {_value}" : base.ToString();
}
