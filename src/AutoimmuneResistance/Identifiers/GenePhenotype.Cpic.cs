namespace AutoimmuneResistance;

// The CPIC function groups of the metabolizer terms, read the same way by every module that applies a CPIC guideline
// (the lupus module for azathioprine and tacrolimus, the systemic sclerosis module for azathioprine). Terms: Caudle KE et
// al. Genet Med 2017;19:215-23, doi:10.1038/gim.2016.87, which replaced "extensive" by "normal".
public readonly partial record struct GenePhenotype
{
    /// <summary>Gets whether the phenotype is normal function in CPIC's terms: normal metabolizer, or extensive metabolizer (the pre-2017 wording).</summary>
    public bool IsNormalFunction => this == NormalMetabolizer || this == ExtensiveMetabolizer;

    /// <summary>Gets whether the phenotype is intermediate function in CPIC's terms: intermediate or possible intermediate metabolizer.</summary>
    public bool IsIntermediateFunction => this == IntermediateMetabolizer || this == PossibleIntermediateMetabolizer;
}
