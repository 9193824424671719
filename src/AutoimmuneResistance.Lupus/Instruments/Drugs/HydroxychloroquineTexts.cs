using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The hydroxychloroquine instrument's criterion texts that depend only on the definition set, formatted once per set
/// (a level is read at every evaluation of every patient).
/// </summary>
internal sealed class HydroxychloroquineTexts
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HydroxychloroquineDefinitions, HydroxychloroquineTexts> Cache = [];

    private HydroxychloroquineTexts(HydroxychloroquineDefinitions definitions)
    {
        MaxDose = string.Create(CultureInfo.InvariantCulture, $"daily dose <= {definitions.MaxMilligramsPerKilogramPerDay} mg/kg actual body weight (Marmor 2016; EULAR 2023)");
        Undetectable = string.Create(CultureInfo.InvariantCulture, $"below the assay's lower limit of quantification, < {definitions.UndetectableBelow} ng/mL (Blanchet 2020)");
        WholeBloodNonAdherence = string.Create(CultureInfo.InvariantCulture, $"whole blood < {definitions.WholeBloodNonAdherenceBelow} ng/mL: non-adherence (Costedoat-Chalumeau 2007)");
        SerumNonAdherence = string.Create(CultureInfo.InvariantCulture, $"serum < {definitions.SerumNonAdherenceBelow} ng/mL: non-adherence (Blanchet 2020, extrapolated from whole blood)");
    }

    public string MaxDose { get; }

    public string Undetectable { get; }

    public string WholeBloodNonAdherence { get; }

    public string SerumNonAdherence { get; }

    public static HydroxychloroquineTexts For(HydroxychloroquineDefinitions definitions) => Cache.GetValue(definitions, static d => new HydroxychloroquineTexts(d));
}
