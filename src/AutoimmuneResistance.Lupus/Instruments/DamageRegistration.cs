namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Registers the SLICC/ACR Damage Index and the 2019 EULAR/ACR classification criteria: the two instruments, their JSON
/// metadata, the damage index definition set (default <c>sle.damage-index.default</c>), the profile assessment kind
/// <c>sle.slicc-acr-damage-index</c> and its validator.
/// </summary>
internal static class DamageRegistration
{
    /// <summary>Adds the instruments and their types to the module context.</summary>
    /// <param name="context">The lupus module's context.</param>
    internal static void Register(DiseaseModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var damageIndex = new SliccDamageIndex(DamageIndexDefinitions.Default);
        context
            .AddDefinitionSet(DamageIndexDefinitions.Default, isDefault: true)
            .AddDefinitionSet(DamageIndexDefinitions.UnreportedUnknown, isDefault: false)
            .AddDerivedType<InstrumentAssessment, DamageIndexAssessment>("sle.slicc-acr-damage-index")
            .AddInstrument(damageIndex)
            .AddInstrument(new EularAcr2019Classification())
            .AddProfileValidator(new DamageIndexProfileValidator(damageIndex));
    }
}
