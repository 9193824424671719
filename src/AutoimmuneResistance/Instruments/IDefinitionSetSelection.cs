namespace AutoimmuneResistance;

/// <summary>An instrument input that may name the definition set to apply.</summary>
public interface IDefinitionSetSelection
{
    /// <summary>Gets the id of the definition set the input asks for.</summary>
    /// <value><see langword="null"/> to use the pipeline's selection, or the instrument's default.</value>
    DefinitionSetId? Definitions { get; }
}
