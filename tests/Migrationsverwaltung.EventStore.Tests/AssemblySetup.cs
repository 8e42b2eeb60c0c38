// Fixtures own their databases, so they run side by side; two at a time suits the 2-core machines.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
