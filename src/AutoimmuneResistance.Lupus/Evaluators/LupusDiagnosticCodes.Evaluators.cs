namespace AutoimmuneResistance.Lupus;

// The lupus evaluators' diagnostic codes (range AIR2400–AIR2499).
public static partial class LupusDiagnosticCodes
{
    /// <summary>
    /// Warning: the hydroxychloroquine dose is above the selected maximum, 5 mg/kg actual body weight per day by default
    /// (Marmor MF et al. Ophthalmology 2016;123(6):1386-94, doi:10.1016/j.ophtha.2016.01.058): a retinal-safety flag, not a
    /// resistance finding. The value (shown only on request) is the patient's mg/kg/day and, when a weight is known, the
    /// maximum in mg/day at that weight.
    /// </summary>
    public const string HydroxychloroquineDoseAboveMaximum = "AIR2401";
}
