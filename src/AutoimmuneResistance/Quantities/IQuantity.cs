namespace AutoimmuneResistance;

/// <summary>
/// A measured amount with a unit: the common shape of <see cref="Quantity"/> and the typed quantities such as
/// <see cref="Dose"/> or <see cref="Concentration"/>.
/// </summary>
/// <remarks>
/// Implemented only inside this library (one member is internal), which lets <see cref="QuantityJsonConverter{T}"/>
/// read and validate every quantity the same way. Generic code may constrain on it to create and inspect quantities.
/// </remarks>
/// <typeparam name="TSelf">The implementing quantity type.</typeparam>
public interface IQuantity<TSelf> : IEquatable<TSelf>
    where TSelf : struct, IQuantity<TSelf>
{
    /// <summary>Gets the numeric value, expressed in <see cref="Unit"/>.</summary>
    decimal Value { get; }

    /// <summary>Gets the unit of <see cref="Value"/>.</summary>
    QuantityUnit Unit { get; }

    /// <summary>Gets the units this quantity type accepts, in a fixed order.</summary>
    static abstract IReadOnlyList<QuantityUnit> Units { get; }

    /// <summary>Creates a validated quantity.</summary>
    /// <param name="value">The numeric value, in <paramref name="unit"/>.</param>
    /// <param name="unit">One of <see cref="Units"/>.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not accepted or the value is outside the type's range; the message states the rule.</exception>
    static abstract TSelf Create(decimal value, QuantityUnit unit);

    /// <summary>Tries to create a validated quantity.</summary>
    /// <param name="value">The numeric value, in <paramref name="unit"/>.</param>
    /// <param name="unit">One of <see cref="Units"/>.</param>
    /// <param name="result">The quantity, or <c>default</c> when the input is invalid.</param>
    /// <returns><see langword="true"/> when the unit is accepted and the value is in range.</returns>
    static abstract bool TryCreate(decimal value, QuantityUnit unit, out TSelf result);

    /// <summary>Checks a value and unit; returns <see langword="null"/> when valid, otherwise the rejection message.</summary>
    internal static abstract string? Validate(decimal value, QuantityUnit unit);
}
