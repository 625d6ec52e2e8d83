package it.mestieri.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffAccounts extends JpaRepository<StaffAccount, Long> {

	Optional<StaffAccount> findByUsernameIgnoreCase(String username);

	@Query("select count(a) > 0 from StaffAccount a join a.roles r where r = it.mestieri.identity.StaffRole.ADMIN and a.enabled = true")
	boolean anyAdministrator();

	@Query("select count(a) from StaffAccount a join a.roles r where r = it.mestieri.identity.StaffRole.ADMIN and a.enabled = true")
	long countEnabledAdministrators();

	List<StaffAccount> findAllByOrderByUsername();
}
