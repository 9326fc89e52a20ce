// The in-repo copies of ../shared (the project's acceptance material), so a clone stands on its own.
// Each entry: the folder in ../shared and its copy in this repository.
export const SHARED_COPIES = [
  { shared: 'scenarios', copy: 'fixtures/scenarios' },
  { shared: 'benchmarks/curtois-qu', copy: 'fixtures/curtois-qu' },
];
