#include "cli/commands.hpp"

int main(int argc, char** argv) { return lct::cli::Main(argc, argv); }
