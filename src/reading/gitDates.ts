/**
 * Reads `git log --format=%x00%cI --name-only` output into the last commit date of each file.
 * The log lists newest commits first, so the first date seen for a file is its latest.
 */
export function lastCommitDates(log: string): Map<string, Date> {
	const dates = new Map<string, Date>();
	for (const commit of log.split('\0').filter(Boolean)) {
		const [date, ...files] = commit.split('\n').map((line) => line.trim());
		if (!date) continue;
		for (const file of files) {
			if (file && !dates.has(file)) dates.set(file, new Date(date));
		}
	}
	return dates;
}
