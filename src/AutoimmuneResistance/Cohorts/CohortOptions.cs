namespace AutoimmuneResistance;

/// <summary>Options for evaluating a cohort.</summary>
public sealed record CohortOptions
{
    /// <summary>The smallest accepted <see cref="MaxRecordBytes"/>.</summary>
    public const int MinRecordBytes = 1024;

    /// <summary>Gets the shared default options.</summary>
    public static CohortOptions Default { get; } = new();

    /// <summary>Gets how many records are evaluated at once.</summary>
    /// <value>Defaults to <see cref="Environment.ProcessorCount"/>; 1 evaluates sequentially on the caller's thread.</value>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets the largest JSON Lines record accepted, in bytes; a larger one becomes an error outcome.</summary>
    /// <value>Defaults to 1 MiB; at least <see cref="MinRecordBytes"/>.</value>
    public int MaxRecordBytes { get; init; } = 1024 * 1024;

    /// <summary>Gets the options applied to every record's evaluation.</summary>
    /// <value>Defaults to <see cref="EvaluationOptions.Default"/>.</value>
    public EvaluationOptions Evaluation { get; init; } = EvaluationOptions.Default;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1, nameof(MaxDegreeOfParallelism));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxDegreeOfParallelism, 512, nameof(MaxDegreeOfParallelism));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRecordBytes, MinRecordBytes, nameof(MaxRecordBytes));
        ArgumentNullException.ThrowIfNull(Evaluation, nameof(Evaluation));
    }
}
