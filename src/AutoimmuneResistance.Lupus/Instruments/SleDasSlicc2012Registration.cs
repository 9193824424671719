namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Registers the SLE Disease Activity Score (<c>sle.sle-das</c>, with its definition set <c>sle.sle-das.jesus-2019</c>),
/// the 2012 SLICC classification criteria (<c>sle.slicc-2012-classification</c>) and the classification definition sets
/// both classification instruments read (<c>sle.classification.unreported-absent</c>, the default, and
/// <c>sle.classification.unreported-unknown</c>). Their JSON metadata is in
/// <see cref="LupusJsonContext"/>.
/// </summary>
internal static class SleDasSlicc2012Registration
{
    /// <summary>Adds the two instruments and the SLE-DAS definition set to a module context.</summary>
    /// <param name="context">The lupus module's context.</param>
    internal static void Register(DiseaseModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context
            .AddDefinitionSet(SleDasDefinitions.Default, isDefault: true)
            .AddDefinitionSet(SleDasDefinitions.UnreportedUnknown, isDefault: false)
            .AddDefinitionSet(ClassificationDefinitions.Default, isDefault: true)
            .AddDefinitionSet(ClassificationDefinitions.UnreportedUnknown, isDefault: false)
            .AddInstrument(new SleDasInstrument())
            .AddInstrument(new Slicc2012Classification());
    }
}
