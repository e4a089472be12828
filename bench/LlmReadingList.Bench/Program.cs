using System.CommandLine;
using LlmReadingList.Bench;

var root = new RootCommand("Benchmarks of the LLM Reading List catalog (see bench/*.sh).")
{
    GenerateCommand.Create(),
    SearchCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
