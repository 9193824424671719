namespace AutoimmuneResistance;

/// <summary>
/// A typed key for values that evaluators of one module share during one patient's evaluation (for example a
/// timeline of instrument scores computed once and read by several evaluators). Compare by reference: declare each
/// key once as a <see langword="static readonly"/> field.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <param name="name">A descriptive name, used in <see cref="ToString"/> only.</param>
public sealed class EvaluationPropertyKey<T>(string name)
{
    /// <summary>Gets the key's descriptive name.</summary>
    public string Name { get; } = name;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
