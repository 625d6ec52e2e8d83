package it.mestieri.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffAccounts extends JpaRepository<StaffAccount, Long> {

	/**
	 * By the name as stored (lower case): an exact comparison, never the database's case
	 * folding.
	 */
	Optional<StaffAccount> findByUsername(String username);

	@Query("select count(a) > 0 from StaffAccount a join a.roles r where r = it.mestieri.identity.StaffRole.ADMIN and a.enabled = true")
	boolean anyAdministrator();

	@Query("select count(a) from StaffAccount a join a.roles r where r = it.mestieri.identity.StaffRole.ADMIN and a.enabled = true")
	long countEnabledAdministrators();

	List<StaffAccount> findAllByOrderByUsername();

	List<StaffAccount> findByDemoTrueAndEnabledTrue();

	@Query("select new it.mestieri.identity.AccountState(a.enabled, a.sessionEpoch, a.passwordChangeRequired) "
			+ "from StaffAccount a where a.id = :id")
	Optional<AccountState> findState(long id);

}
