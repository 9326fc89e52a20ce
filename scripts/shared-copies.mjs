// The in-repo copies of ../shared (the project's acceptance material), so a clone stands on its own.
// Each entry: the folder in ../shared and its copy in this repository.
export const SHARED_COPIES = [
  { shared: 'scenarios', copy: 'fixtures/scenarios' },
  { shared: 'benchmarks/curtois-qu', copy: 'fixtures/curtois-qu' },
  {
    shared: 'scenarios/institusjon-dimensjonering.yaml',
    copy: 'examples/sykehjem-helgemonstre/scenario.yaml',
  },
  { shared: 'scenarios/langvakt-mellomvakt.yaml', copy: 'examples/langvakt-mellomvakt/scenario.yaml' },
  {
    shared: 'scenarios/hjemmetjeneste-fleksi-36u.yaml',
    copy: 'examples/hjemmetjeneste-fleksi/scenario.yaml',
  },
  { shared: 'scenarios/arsturnus-52u.yaml', copy: 'examples/arsturnus-52u/scenario.yaml' },
  { shared: 'scenarios/dognrytme.yaml', copy: 'examples/dognrytme/scenario.yaml' },
];
