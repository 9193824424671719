namespace AutoimmuneResistance;

/// <summary>A module's registration of a JSON subtype of one of the core's polymorphic bases.</summary>
internal sealed record JsonKindRegistration(Type BaseType, Type DerivedType, string Kind, string Owner)
{
    /// <summary>The bases that accept module subtypes. Hierarchies stay one level deep (dotnet/runtime#81236).</summary>
    public static readonly Type[] PolymorphicBases = [typeof(DiseaseFeatures), typeof(InstrumentAssessment), typeof(FindingDetail)];

    /// <summary>The discriminator property of every polymorphic object.</summary>
    public const string DiscriminatorPropertyName = "$kind";

    /// <summary>Returns every problem with this registration (empty when valid).</summary>
    public IEnumerable<string> Problems()
    {
        if (Array.IndexOf(PolymorphicBases, BaseType) < 0)
        {
            yield return $"JSON kind '{Kind}': {BaseType.Name} is not a polymorphic base; use DiseaseFeatures, InstrumentAssessment or FindingDetail";
        }

        if (!BaseType.IsAssignableFrom(DerivedType) || DerivedType.IsAbstract)
        {
            yield return $"JSON kind '{Kind}': {DerivedType.Name} must be a concrete subtype of {BaseType.Name}";
        }

        if (IdentifierSyntax.Dotted.Check(Kind) is { } syntaxError)
        {
            yield return $"JSON kind '{Kind}': {syntaxError}";
        }
        else if (!Kind.StartsWith(Owner + ".", StringComparison.Ordinal))
        {
            yield return $"JSON kind '{Kind}' must start with '{Owner}.' (kinds are namespaced by their module's disease id)";
        }
    }
}
