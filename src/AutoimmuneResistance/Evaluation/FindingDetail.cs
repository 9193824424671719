namespace AutoimmuneResistance;

/// <summary>
/// Base of module-specific structured detail attached to a <see cref="Finding"/> (for example the classification of
/// a therapy course). Modules derive sealed records and register each with a namespaced <c>$kind</c>.
/// </summary>
/// <remarks>Hierarchies are one level deep: derive directly from this type.</remarks>
public abstract record FindingDetail;
