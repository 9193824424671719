namespace AutoimmuneResistance;

/// <summary>
/// Base of the disease-specific features attached to a <see cref="Diagnosis"/> (for example lupus nephritis class, or
/// the cutaneous subset of systemic sclerosis). Disease modules derive sealed records from it and register each with
/// a namespaced <c>$kind</c> through <see cref="DiseaseModuleContext.AddDerivedType{TBase, TDerived}(string)"/>.
/// </summary>
/// <remarks>Hierarchies are one level deep: derive directly from this type.</remarks>
public abstract record DiseaseFeatures;
