import { expect, test } from 'vitest';
import { APT_INSTALL_JAVA, chooseJava } from '../../../tools/lib/javaChoice.ts';

test('a Java that is there is used', () => {
	expect(chooseJava({ java: '/usr/bin/java', canAptInstall: true })).toEqual({
		action: 'use',
		java: '/usr/bin/java',
	});
});

test("Debian's Java is installed where there is none and apt-get can run as root", () => {
	expect(chooseJava({ canAptInstall: true })).toEqual({
		action: 'install',
		command: APT_INSTALL_JAVA,
	});
});

test('with no Java and no way to install one, the reader is told the command to run', () => {
	const choice = chooseJava({ canAptInstall: false });
	expect(choice.action).toBe('stop');
	expect(choice.action === 'stop' && choice.message).toContain(
		'apt-get install -y default-jre-headless',
	);
});
